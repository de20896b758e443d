-- The org-unit hierarchy: province > city > county/district.
SELECT code, name, level, parent_code FROM staged.region
