"""The roles of DESIGN.md §2. Each is a Django group of the same name, created by a migration."""

from django.db import models


class Role(models.TextChoices):
    OFFICER = "officer", "Officer"
    PRACTITIONER = "practitioner", "Practitioner"
    SUPERVISOR = "supervisor", "Supervisor"
    MANAGER = "manager", "Manager"
    PARTNER_USER = "partner_user", "Partner user"
    PARTNER_LEAD = "partner_lead", "Partner lead"
    AUDITOR = "auditor", "Auditor"
    ADMIN = "admin", "Administrator"


# VHub staff who see every referral (managers read-only).
VHUB_CASE_ROLES = (Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
# Staff who may change a referral as part of the hub's work.
VHUB_CASEWORK_ROLES = (Role.PRACTITIONER, Role.SUPERVISOR)
PARTNER_ROLES = (Role.PARTNER_USER, Role.PARTNER_LEAD)

# Auditors read every log; supervisors and managers oversee the hub's casework, so they may see
# who opened a child's or a referral's record too. Practitioners, officers and partners may not.
ACCESS_LOG_ROLES = (Role.AUDITOR, Role.SUPERVISOR, Role.MANAGER)
# Everything held about a person is released on a subject access request by a supervisor (who
# answers for the hub's records) or an auditor (who answers for the trail).
SUBJECT_ACCESS_ROLES = (Role.SUPERVISOR, Role.AUDITOR)
RETENTION_ROLES = (Role.SUPERVISOR,)
