def test_login_page_renders(client, db) -> None:
    response = client.get("/login/")
    assert response.status_code == 200
    assert b"Sign in to VHub" in response.content
