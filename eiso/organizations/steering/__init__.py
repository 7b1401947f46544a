"""The agency's ISO steering committee (Ban chỉ đạo ISO): members, order, and the decision.

Layers as elsewhere: `services` (every write, audited), `selectors` (scoped reads), `forms`,
`views`, and `document` (the decision as an NĐ 30/2020 official document, built only from the
snapshot stored with the decision so a past decision always re-renders the same).
"""
