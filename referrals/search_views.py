"""The search page: every person and referral the user may see, open and closed."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from audit.actions import record_list_view
from audit.denials import require_role
from referrals.search import PersonResult, SearchTerms, search_people
from referrals.search_forms import SearchForm
from vhub.roles import Role

SEARCH_EVENT = "search.run"


def run_search(user: User, terms: SearchTerms) -> list[PersonResult]:
    """The search, audited with its terms and what it showed (the page and the API)."""
    results = search_people(user=user, terms=terms)
    record_list_view(
        user,
        "search",
        action=SEARCH_EVENT,
        referrals=[s.referral_id for r in results for s in r.appearances],
        people=[r.person.pk for r in results],
        terms=terms.as_details(),
        found=len(results),
    )
    return results


@login_required
def search(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    require_role(user, Role.OFFICER, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    form = SearchForm(request.GET or None)
    results = run_search(user, form.terms()) if form.is_valid() else None
    return render(
        request,
        "referrals/search.html",
        {"form": form, "results": results, "hub": user.is_vhub_case_reader},
    )
