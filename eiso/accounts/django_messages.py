"""Django messages that its own Vietnamese catalogue lacks, so they are translated in ours.

Django 5.2 changed the minimum-length message to a `%d` placeholder; the `vi` catalogue shipped
with it still has only the old `%(min_length)d` form, so the rendered error would be English.
Listing the message here makes `makemessages` extract it into this app's catalogue. Nothing
imports these values at run time: Django's own `ngettext` call finds our translation.
"""

from django.utils.translation import ngettext_lazy

MESSAGES = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
)
