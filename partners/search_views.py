"""The partner's search page: the children in the shares their agency may open."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_list_view
from audit.denials import require_role
from partners.search import partner_search
from referrals.search_forms import SearchForm
from referrals.search_views import SEARCH_EVENT
from vhub.roles import PARTNER_ROLES


@login_required
def search(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    require_role(user, *PARTNER_ROLES)
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid():
        terms = form.terms()
        results = partner_search(user=user, terms=terms)
        record_list_view(
            user,
            "partner_search",
            action=SEARCH_EVENT,
            referrals=[a.referral_id for c in results for a in c.shares],
            shares=[a.share_id for c in results for a in c.shares],
            terms=terms.as_details(),
            found=len(results),
        )
    return render(request, "partners/search.html", {"form": form, "results": results})
