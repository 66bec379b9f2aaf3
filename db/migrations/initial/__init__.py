"""The tables of schema revision 0001, by topic, in an order their foreign keys allow."""

from db.migrations.initial import areas, households, indicators, office, projects

TOPICS = (office, areas, indicators, households, projects)
