"""The fixed value sets the schema's CHECK constraints allow, in a module without
SQLAlchemy: the import's reading helper process checks cells against them and stays
light (db/models re-exports them beside the tables that use them)."""

STAGES = ("survival", "sufficiency", "sustainable")
DIMENSIONS = ("health", "living", "education", "income", "access")
RESULT_STATUSES = ("passed", "failed", "na")
