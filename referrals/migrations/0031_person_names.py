"""The distinct names of the people, kept by a trigger, for the search (referrals/search.py).

A typed name is compared with these few thousand names by trigram (and by sound where the
server has fuzzystrmatch), then the people bearing the names that matched are found by B-tree,
both names at once when both are typed: the trigram indexes on every person had PostgreSQL
re-read each of the 8,700 people sharing a common surname. The phonetic indexes move from the
people to the names.
"""

import django.contrib.postgres.indexes
import django.db.models.functions.text
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

BACKFILL = """
INSERT INTO referrals_personname (kind, name)
SELECT DISTINCT 'first', lower(first_name) FROM referrals_person WHERE merged_into_id IS NULL
UNION
SELECT DISTINCT 'last', lower(last_name) FROM referrals_person WHERE merged_into_id IS NULL
"""

PHONETIC = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'fuzzystrmatch') THEN
        CREATE INDEX IF NOT EXISTS person_name_sound ON referrals_personname (dmetaphone(name));
        DROP INDEX IF EXISTS person_first_name_sound;
        DROP INDEX IF EXISTS person_last_name_sound;
    END IF;
END
$$;
"""

NO_PHONETIC = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'fuzzystrmatch') THEN
        DROP INDEX IF EXISTS person_name_sound;
        CREATE INDEX IF NOT EXISTS person_first_name_sound
            ON referrals_person (dmetaphone(first_name));
        CREATE INDEX IF NOT EXISTS person_last_name_sound
            ON referrals_person (dmetaphone(last_name));
    END IF;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0030_seed_note_kinds"),
    ]

    operations = [
        migrations.CreateModel(
            name="PersonName",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("first", "First name"), ("last", "Last name")], max_length=5
                    ),
                ),
                ("name", models.CharField(max_length=100)),
            ],
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(
                django.db.models.functions.text.Lower("last_name"),
                django.db.models.functions.text.Lower("first_name"),
                condition=models.Q(("merged_into__isnull", True)),
                name="person_live_last_first",
            ),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(
                django.db.models.functions.text.Lower("first_name"),
                condition=models.Q(("merged_into__isnull", True)),
                name="person_live_first",
            ),
        ),
        migrations.AddIndex(
            model_name="personname",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass("name", name="gin_trgm_ops"),
                name="person_name_trgm",
            ),
        ),
        migrations.AddConstraint(
            model_name="personname",
            constraint=models.UniqueConstraint(fields=("kind", "name"), name="person_name_unique"),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        pgtrigger.migrations.AddTrigger(
            model_name="person",
            trigger=pgtrigger.compiler.Trigger(
                name="person_names_kept",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="\nIF TG_OP <> 'DELETE' AND NEW.merged_into_id IS NULL THEN\n    INSERT INTO referrals_personname (kind, name)\n    VALUES ('first', lower(NEW.first_name)), ('last', lower(NEW.last_name))\n    ON CONFLICT (kind, name) DO NOTHING;\nEND IF;\nIF TG_OP <> 'INSERT' AND OLD.merged_into_id IS NULL THEN\n    DELETE FROM referrals_personname n\n    WHERE (n.kind = 'first' AND n.name = lower(OLD.first_name) AND NOT EXISTS (\n            SELECT 1 FROM referrals_person p\n            WHERE lower(p.first_name) = n.name AND p.merged_into_id IS NULL))\n       OR (n.kind = 'last' AND n.name = lower(OLD.last_name) AND NOT EXISTS (\n            SELECT 1 FROM referrals_person p\n            WHERE lower(p.last_name) = n.name AND p.merged_into_id IS NULL));\nEND IF;\nRETURN NULL;\n",
                    hash="04544175ef9129fec240147218d1c978fc99a3ec",
                    operation='INSERT OR UPDATE OF "first_name", "last_name", "merged_into_id" OR DELETE',
                    pgid="pgtrigger_person_names_kept_c818f",
                    table="referrals_person",
                    when="AFTER",
                ),
            ),
        ),
        migrations.RunSQL(PHONETIC, NO_PHONETIC),
    ]
