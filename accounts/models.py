"""People who sign in to VHub, with their agency; their roles are Django groups (vhub.roles)."""

from django.contrib.auth.models import AbstractUser
from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.utils.functional import cached_property

from vhub.models import Agency
from vhub.roles import PARTNER_ROLES, VHUB_CASE_ROLES, VHUB_CASEWORK_ROLES, Role

# What str(user) reads. A statement that only shows who did something selects these columns of
# the person (`name_fields("author")`), not their whole row: Django's compiling of a statement
# grows with every column it selects (bench/README.md, issue 21).
NAME_FIELDS = ("first_name", "last_name", "username")


def name_fields(relation: str) -> list[str]:
    """`NAME_FIELDS` of the user at `relation`, for `QuerySet.only()`."""
    return [f"{relation}__{name}" for name in NAME_FIELDS]


def display_name(first_name: str, last_name: str, username: str) -> str:
    """How pages name a person (`str(user)`): their full name, as Django's `get_full_name`
    makes it, or their username when they have none; from the three columns alone."""
    return f"{first_name} {last_name}".strip() or username


class User(AbstractUser):
    agency = models.ForeignKey(
        "vhub.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
        help_text="The agency this person works for; partner users see only its shares.",
    )
    # Every session records the generation it started in; raising it signs the person out
    # everywhere at their next request (accounts.actions.do_sign_out_everywhere).
    session_generation = models.PositiveIntegerField(default=0, editable=False)
    # The force identity provider's subject identifier, for people who sign in with single
    # sign-on (accounts/oidc.py); blank for everyone else.
    oidc_subject = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["last_name", "first_name", "username"]
        constraints = [
            models.UniqueConstraint(
                fields=["oidc_subject"],
                condition=~models.Q(oidc_subject=""),
                name="user_oidc_subject_unique",
            )
        ]

    def __str__(self) -> str:
        return display_name(self.first_name, self.last_name, self.username)

    @cached_property
    def role_names(self) -> frozenset[str]:
        """The person's roles (their groups' names), read once per request and fresh on each,
        so a role taken away counts at the next request. Every page of a person with an agency
        reads the agency too (the header names it, the partner pages filter by it), so their
        roles come beside the agency's row in one statement, and the row is kept on the
        person for the page."""
        if not self.is_active or not self.pk:
            return frozenset()
        if self.agency_id is not None and not User.agency.is_cached(self):
            # By primary key: no ORDER BY to compile (first() would add one).
            agency = next(
                iter(
                    Agency.objects.filter(pk=self.agency_id)
                    .annotate(vhub_role_names=ArraySubquery(self.groups.values("name")))
                    .order_by()[:1]
                ),
                None,
            )
            if agency is not None:
                self.agency = agency
                return frozenset(agency.vhub_role_names)
        return frozenset(self.groups.values_list("name", flat=True))

    def has_role(self, *roles: Role | str) -> bool:
        return any(str(role) in self.role_names for role in roles)

    @property
    def is_vhub_case_reader(self) -> bool:
        return self.has_role(*VHUB_CASE_ROLES)

    @property
    def is_vhub_caseworker(self) -> bool:
        return self.has_role(*VHUB_CASEWORK_ROLES)

    @property
    def is_partner(self) -> bool:
        return self.agency_id is not None and self.has_role(*PARTNER_ROLES)

    @property
    def primary_role(self) -> str:
        for role in Role:
            if role.value in self.role_names:
                return role.label
        return "No role"
