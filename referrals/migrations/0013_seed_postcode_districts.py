"""Postcode districts of the four local authorities of the partnership MOU.

A starting table: districts that straddle a boundary are given to the authority holding most of
them, and a practitioner can re-route any referral with a reason. Administrators maintain it.
"""

from django.db import migrations

DISTRICTS = {
    "herefordshire-cs": ["HR1", "HR2", "HR3", "HR4", "HR5", "HR6", "HR7", "HR8", "HR9"],
    "shropshire-cs": [
        "SY1",
        "SY2",
        "SY3",
        "SY4",
        "SY5",
        "SY6",
        "SY7",
        "SY8",
        "SY9",
        "SY10",
        "SY11",
        "SY12",
        "SY13",
        "TF9",
        "TF11",
        "TF12",
        "TF13",
        "WV15",
        "WV16",
    ],
    "telford-wrekin-cs": ["TF1", "TF2", "TF3", "TF4", "TF5", "TF6", "TF7", "TF8", "TF10"],
    "worcestershire-cs": [
        "WR1",
        "WR2",
        "WR3",
        "WR4",
        "WR5",
        "WR6",
        "WR7",
        "WR8",
        "WR9",
        "WR10",
        "WR11",
        "WR12",
        "WR13",
        "WR14",
        "WR15",
        "DY10",
        "DY11",
        "DY12",
        "DY13",
        "DY14",
        "B60",
        "B61",
        "B96",
        "B97",
        "B98",
    ],
}


def seed(apps, schema_editor) -> None:
    Agency = apps.get_model("partners", "Agency")
    District = apps.get_model("referrals", "PostcodeDistrict")
    for slug, districts in DISTRICTS.items():
        agency = Agency.objects.filter(slug=slug).first()
        if agency is None:
            continue
        for district in districts:
            District.objects.get_or_create(district=district, defaults={"local_authority": agency})


class Migration(migrations.Migration):
    dependencies = [("referrals", "0012_postcode_routing"), ("partners", "0003_standing_agencies")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
