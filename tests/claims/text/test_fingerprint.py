from claims.text.fingerprint import content_fingerprint


def test_template_noise_and_repeated_paragraphs_do_not_change_the_fingerprint():
    clean = "قتل 19 مدنياً في إدلب.\nقال المرصد إن القصف مستمر."
    noisy = "قتل 19 مدنياً في إدلب.\n{{ article.visit_count }}\n}\n12\nقُتل ١٩ مدنياً في إدلب.\nقال المرصد إن القصف مستمر.\n"
    assert content_fingerprint(noisy) == content_fingerprint(clean)


def test_different_reports_have_different_fingerprints():
    assert content_fingerprint("قتل 19 مدنياً") != content_fingerprint("قتل 23 مدنياً")
