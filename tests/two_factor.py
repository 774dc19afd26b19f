"""Test helpers for two-factor sign-in: a confirmed authenticator app, a verified session."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import APP_DEVICE_NAME, RECOVERY_DEVICE_NAME


def app_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True)


def current_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """What the person's phone shows now (or `steps_ahead` 30-second steps later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def recovery_code(user) -> str:
    """A fresh single-use recovery code (a browser test can sign one person in many times)."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    return device.token_set.create(token=StaticToken.random_token()).token


def pass_two_factor(client: Client, user) -> None:
    """Mark a signed-in test client's session as having passed the second factor."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = app_device(user).persistent_id
    session.save()
