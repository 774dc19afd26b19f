"""Each child's copies of its referral's incident time, area and being merged, kept by
triggers, and the repeat children's index keyed by the incident time and carrying them: the
dashboard's repeat children become an index-only range scan, without a look-up of each child's
referral. The backfill writes every subject once (the change history leaves these columns out,
so it writes no history)."""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

BACKFILL = """
    UPDATE referrals_referralsubject s
    SET referral_incident_at = r.incident_at, referral_area = r.local_authority_id,
        referral_merged = r.status = 'merged'
    FROM referrals_referral r
    WHERE r.id = s.referral_id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0046_drop_person_dob_index"),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name="referralsubject",
            name="update_update",
        ),
        migrations.RemoveIndex(
            model_name="referralsubject",
            name="subject_repeat_idx",
        ),
        migrations.AddField(
            model_name="referralsubject",
            name="referral_area",
            field=models.BigIntegerField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="referralsubject",
            name="referral_incident_at",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="referralsubject",
            name="referral_merged",
            field=models.BooleanField(default=False, editable=False),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="referralsubject",
            trigger=pgtrigger.compiler.Trigger(
                name="update_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."expected_date" IS DISTINCT FROM (NEW."expected_date") OR OLD."gp" IS DISTINCT FROM (NEW."gp") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."lives_at_address" IS DISTINCT FROM (NEW."lives_at_address") OR OLD."parental_responsibility" IS DISTINCT FROM (NEW."parental_responsibility") OR OLD."parents_aware" IS DISTINCT FROM (NEW."parents_aware") OR OLD."person_id" IS DISTINCT FROM (NEW."person_id") OR OLD."probable_long" IS DISTINCT FROM (NEW."probable_long") OR OLD."probable_short" IS DISTINCT FROM (NEW."probable_short") OR OLD."referral_id" IS DISTINCT FROM (NEW."referral_id") OR OLD."repeat_long" IS DISTINCT FROM (NEW."repeat_long") OR OLD."repeat_short" IS DISTINCT FROM (NEW."repeat_short") OR OLD."role" IS DISTINCT FROM (NEW."role") OR OLD."school" IS DISTINCT FROM (NEW."school") OR OLD."voice_not_captured_reason" IS DISTINCT FROM (NEW."voice_not_captured_reason") OR OLD."voice_of_child" IS DISTINCT FROM (NEW."voice_of_child") OR OLD."was_injured" IS DISTINCT FROM (NEW."was_injured") OR OLD."was_present" IS DISTINCT FROM (NEW."was_present") OR OLD."witnessed" IS DISTINCT FROM (NEW."witnessed"))',
                    func='INSERT INTO "referrals_referralsubjectevent" ("expected_date", "gp", "id", "lives_at_address", "parental_responsibility", "parents_aware", "person_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "probable_long", "probable_short", "referral_id", "repeat_long", "repeat_short", "role", "school", "voice_not_captured_reason", "voice_of_child", "was_injured", "was_present", "witnessed") VALUES (NEW."expected_date", NEW."gp", NEW."id", NEW."lives_at_address", NEW."parental_responsibility", NEW."parents_aware", NEW."person_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."probable_long", NEW."probable_short", NEW."referral_id", NEW."repeat_long", NEW."repeat_short", NEW."role", NEW."school", NEW."voice_not_captured_reason", NEW."voice_of_child", NEW."was_injured", NEW."was_present", NEW."witnessed"); RETURN NULL;',
                    hash="18380ce39ee05d7c96095503c8d91282137c0218",
                    operation="UPDATE",
                    pgid="pgtrigger_update_update_7c91f",
                    table="referrals_referralsubject",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="referralsubject",
            trigger=pgtrigger.compiler.Trigger(
                name="subject_copies_referral",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="\n    SELECT r.incident_at, r.local_authority_id, r.status = 'merged'\n    INTO NEW.referral_incident_at, NEW.referral_area, NEW.referral_merged\n    FROM referrals_referral r WHERE r.id = NEW.referral_id;\n    RETURN NEW;\n",
                    hash="f3256838a5007fb025cd376ef7a3ac4950960dd0",
                    operation='INSERT OR UPDATE OF "referral_id"',
                    pgid="pgtrigger_subject_copies_referral_c3b3b",
                    table="referrals_referralsubject",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="referral",
            trigger=pgtrigger.compiler.Trigger(
                name="referral_copies_to_subjects",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition="WHEN (OLD.incident_at IS DISTINCT FROM NEW.incident_at OR OLD.local_authority_id IS DISTINCT FROM NEW.local_authority_id OR (OLD.status = 'merged') IS DISTINCT FROM (NEW.status = 'merged'))",
                    func="\n    UPDATE referrals_referralsubject\n    SET referral_incident_at = NEW.incident_at, referral_area = NEW.local_authority_id,\n        referral_merged = NEW.status = 'merged'\n    WHERE referral_id = NEW.id;\n    RETURN NULL;\n",
                    hash="873b0ae06c96b0b56b62334000b65fd37ffb3665",
                    operation="UPDATE",
                    pgid="pgtrigger_referral_copies_to_subjects_c6d47",
                    table="referrals_referral",
                    when="AFTER",
                ),
            ),
        ),
        # Every existing subject copies its referral's; the triggers keep them from now on.
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="referralsubject",
            index=models.Index(
                condition=models.Q(
                    ("referral_merged", False),
                    ("role", "child"),
                    models.Q(
                        ("probable_short__gte", 3), ("probable_long__gte", 3), _connector="OR"
                    ),
                ),
                fields=["referral_incident_at"],
                include=(
                    "person",
                    "probable_short",
                    "probable_long",
                    "repeat_short",
                    "repeat_long",
                    "referral_area",
                ),
                name="subject_repeat_idx",
            ),
        ),
    ]
