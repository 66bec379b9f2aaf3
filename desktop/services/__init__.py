"""The use cases and rules of the app, in plain Python (no Qt), one package per domain:
thai, safety, households, projects, assistance, dashboard, printing, exchange, demo and
office. ARCHITECTURE.md at the repository root gives one line for each and the rules
between them; each package's __init__ says what it offers."""
