from claims.linking import model


def test_fit_separates_a_separable_toy_problem():
    rows = [[0.0, 1.0], [0.1, 0.9], [1.0, 0.0], [0.9, 0.2]]
    fitted = model.fit(rows, ["a", "a", "b", "b"], classes=("a", "b"), features=("x", "y"), l2=1e-3)
    assert [max(p, key=p.get) for p in map(fitted.probabilities, rows)] == ["a", "a", "b", "b"]


def test_model_spread_over_a_longer_vector_gives_the_same_probabilities():
    fitted = model.fit([[0.0, 1.0], [1.0, 0.0]], ["a", "b"], classes=("a", "b"), features=("x", "y"))
    spread = model.from_json(fitted.to_json(), ("z", "y", "x"))
    assert round(spread.probabilities([5.0, 1.0, 0.0])["a"], 4) == round(
        fitted.probabilities([0.0, 1.0])["a"], 4
    )


def test_committed_linker_gives_three_probabilities_summing_to_one():
    from claims.linking.vector import FEATURES

    probabilities = model.load(FEATURES).probabilities([0.5] * len(FEATURES))
    assert (sorted(probabilities), round(sum(probabilities.values()), 6)) == (
        ["contradicts", "corroborates", "unrelated"],
        1.0,
    )
