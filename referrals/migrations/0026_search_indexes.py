"""Indexes for the search across every person and referral (referrals/search.py).

Names are already indexed for trigram search (person_first_name_trgm, person_last_name_trgm).
The phonetic match uses PostgreSQL's fuzzystrmatch extension (dmetaphone) where the server
ships it: the extension and its two indexes are created only when the server offers it (the
embedded development server, pgserver's build, does not; Debian's and the managed services'
do), and the search leaves the phonetic match out where the extension is missing.
"""

from django.db import migrations

PHONETIC = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'fuzzystrmatch') THEN
        CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
        CREATE INDEX IF NOT EXISTS person_first_name_sound
            ON referrals_person (dmetaphone(first_name));
        CREATE INDEX IF NOT EXISTS person_last_name_sound
            ON referrals_person (dmetaphone(last_name));
    END IF;
END
$$;
"""

NO_PHONETIC = """
DROP INDEX IF EXISTS person_first_name_sound;
DROP INDEX IF EXISTS person_last_name_sound;
"""


class Migration(migrations.Migration):
    dependencies = [("referrals", "0025_agency_now_in_vhub")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS person_address_trgm"
            " ON referrals_person USING gin (lower(address) gin_trgm_ops)",
            "DROP INDEX IF EXISTS person_address_trgm",
        ),
        # Postcodes as typed ("hr1 2ab", "HR12AB") compare without case or spaces.
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS person_postcode_compact"
            " ON referrals_person (upper(replace(postcode, ' ', '')))",
            "DROP INDEX IF EXISTS person_postcode_compact",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS subject_school_trgm"
            " ON referrals_referralsubject USING gin (lower(school) gin_trgm_ops)",
            "DROP INDEX IF EXISTS subject_school_trgm",
        ),
        # The queue's index on the incident reference covers open referrals only; the search
        # finds closed ones too.
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS referral_incident_reference_upper"
            " ON referrals_referral (upper(incident_reference))",
            "DROP INDEX IF EXISTS referral_incident_reference_upper",
        ),
        migrations.RunSQL(PHONETIC, NO_PHONETIC),
    ]
