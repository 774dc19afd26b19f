"""Two-factor sign-in with django-otp: a TOTP app on the phone, plus single-use recovery codes."""

import base64
import io
from binascii import unhexlify
from typing import TYPE_CHECKING

import qrcode
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

if TYPE_CHECKING:
    from accounts.models import User

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def has_confirmed_app(user: "User") -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app(user: "User") -> TOTPDevice:
    """The unconfirmed device shown on the set-up page; the same one until it is confirmed, so
    reloading the page does not invalidate a QR code already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_for_people(device: TOTPDevice) -> str:
    """The key as typed into an authenticator app by hand: base32 in groups of four."""
    secret = base64.b32encode(unhexlify(device.key)).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// address as a PNG data URI (the CSP allows data: images, not inline SVG
    styles)."""
    image = qrcode.make(device.config_url, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def replace_recovery_codes(user: "User") -> list[str]:
    """A fresh set of single-use codes; any earlier set stops working."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user: "User") -> int:
    return StaticToken.objects.filter(device__user=user).count()


def delete_devices(user: "User") -> int:
    apps = TOTPDevice.objects.filter(user=user).delete()[0]
    codes = StaticDevice.objects.filter(user=user).delete()[0]
    return apps + codes
