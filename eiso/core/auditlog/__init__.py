"""The global audit log (Nhật ký hệ thống): scoped reads, filters and the Excel export."""
