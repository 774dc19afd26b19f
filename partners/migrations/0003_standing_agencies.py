"""The agencies every deployment of this partnership has: the force, the four local
authorities' children's services of the MOU, and MARAC. Schools and health teams are added
by administrators (and by seed_demo for the demonstration)."""

from django.db import migrations

AGENCIES = [
    ("Police – Vulnerability Hub", "police-vhub", "police", ""),
    ("Herefordshire Children's Services", "herefordshire-cs", "la_childrens", "Herefordshire"),
    ("Shropshire Children's Services", "shropshire-cs", "la_childrens", "Shropshire"),
    (
        "Telford & Wrekin Children's Services",
        "telford-wrekin-cs",
        "la_childrens",
        "Telford & Wrekin",
    ),
    ("Worcestershire Children's Services", "worcestershire-cs", "la_childrens", "Worcestershire"),
    ("MARAC", "marac", "marac", ""),
]


def create_agencies(apps, schema_editor) -> None:
    Agency = apps.get_model("partners", "Agency")
    Group = apps.get_model("auth", "Group")
    for name, slug, kind, area in AGENCIES:
        if Agency.objects.filter(slug=slug).exists():
            continue
        group, _ = Group.objects.get_or_create(name=f"agency:{slug}")
        Agency.objects.create(name=name, slug=slug, kind=kind, area=area, group=group)


class Migration(migrations.Migration):
    dependencies = [("partners", "0002_initial")]
    operations = [migrations.RunPython(create_agencies, migrations.RunPython.noop)]
