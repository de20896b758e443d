-- Reporting quarters with due dates and locks.
SELECT * FROM staged.period
