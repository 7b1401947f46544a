"""Administration of the working-day calendar: who may edit which exceptions, and the writes.

The arithmetic itself (is_working_day, add_working_days, …) is `eiso.core.calendar`.
"""
