-- Hospitals with their attribute history (valid_to exclusive, NULL = still valid).
SELECT h.code, h.name, h.region_code, a.valid_from, a.valid_to, a.tier, a.grade, a.type, a.ownership, a.admin_level
FROM staged.hospital h
JOIN staged.hospital_attribute a ON a.hospital_code = h.code
