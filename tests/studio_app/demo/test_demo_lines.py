"""The demo's everyday lines are drawn with random's own numbers, its two Python calls per draw left out."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from studio_app.demo import lines
from studio_app.demo.words import SERVICES


def test_the_lines_are_drawn_as_randrange_choice_and_random_draw_them():
    drawn, plain = random.Random(11), random.Random(11)
    shared = lines.SharedLines()
    made = [lines.draw(drawn, shared, language, count, 1, Decimal(20))
            for language, count in [("en", 3), ("tr", 40), ("el", 1), ("ms", 500)]]
    expected = [[(language, plain.randrange(len(SERVICES)), plain.choice(lines.QUANTITIES), plain.random() < 0.05)
                 for _ in range(count)] for language, count in [("en", 3), ("tr", 40), ("el", 1), ("ms", 500)]]
    assert drawn.getstate() == plain.getstate()
    assert [[(line["description"], line["quantity"], line["discount_percent"]) for line in made_lines]
            for made_lines in made] == [
        [(shared.get(language, index, quantity, discounted, 1, Decimal(20))["description"], str(quantity),
          "10" if discounted else "0") for language, index, quantity, discounted in expected_lines]
        for expected_lines in expected]


def test_a_random_that_draws_below_a_bound_otherwise_is_refused():
    class FromFloats(random.Random):  # random's own rule: it then draws below a bound from random()
        def random(self) -> float:
            return super().random()

    with pytest.raises(TypeError):
        lines.draw(FromFloats(3), lines.SharedLines(), "en", 1, 1, Decimal(20))
