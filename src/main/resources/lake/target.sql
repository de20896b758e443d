-- The plan targets the evaluation judges against.
SELECT * FROM staged.target
