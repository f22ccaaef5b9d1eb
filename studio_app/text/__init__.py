"""Text: the languages Studio Desk speaks and what a person types.

- :mod:`~studio_app.text.errors` — :class:`StudioError`, the one exception for problems a designer can fix.
- :mod:`~studio_app.text.messages` — those messages in the designer's language.
- :mod:`~studio_app.text.i18n` — the languages, document texts, and locale formatting (Babel).
- :mod:`~studio_app.text.cleaning` — cleaning and checking typed text; folding it for search.
- :mod:`~studio_app.text.collation` — sort keys per language (the UCA on CLDR's root order, tr and el tailorings).
- :mod:`~studio_app.text.casing` — capitals by language (Turkish dotted i, Greek capitals without accents).
- :mod:`~studio_app.text.countries` — whose law a document follows: EU or not, Türkiye, Greece, Malaysia.
- :mod:`~studio_app.text.words_tr` — amounts in Turkish words ("Yalnız: … TL").
"""
