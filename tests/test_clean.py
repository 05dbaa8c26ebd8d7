"""Text normalisation, title detection and trailing-boilerplate removal (own invented articles)."""

from __future__ import annotations

import pytest

from dotterel.clean import clean_text, is_tail_marker, normalise, split_title, strip_boilerplate

TITLE = "Floods force thousands from homes in Varnia valley"
BODY = (
    "Heavy rain caused the Seltra river to burst its banks on Sunday, forcing about 4,000 people in the "
    "Varnia valley to leave their homes, regional officials said.\n"
    "“The water rose faster than anyone expected,” said Mira Kovan, the mayor of Dolsk, adding that two "
    "bridges had been closed.\n"
    "The provincial government said emergency shelters had been opened in schools and that the army would "
    "help evacuate villages further downstream."
)
LAST_SENTENCE = "help evacuate villages further downstream."


def article(tail: str) -> str:
    return f"{TITLE}\n\n{BODY}\n\n{tail}\n"


# --- normalisation -------------------------------------------------------------------------------


def test_normalise_newlines_invisibles_and_spaces():
    raw = "\ufeffFirst line  \r\nSecond\u200b line\rThird\u00ad line\t\n\n\n\n\nLast ‘quoted’ “line”  "
    assert normalise(raw) == "First line\nSecond line\nThird line\n\nLast ‘quoted’ “line”"


def test_normalise_nfc_and_inner_characters_kept():
    decomposed = "Cafe\u0301 in Montre\u0301al \u00a0— it’s 5\u00a0km"
    assert normalise(decomposed) == "Café in Montréal \u00a0— it’s 5\u00a0km"


# --- title ---------------------------------------------------------------------------------------


def test_title_detected_and_removed():
    cleaned = clean_text(article(""))
    assert cleaned.title == TITLE
    assert cleaned.body == BODY


def test_title_followed_directly_by_body_paragraph():
    cleaned = clean_text(f"{TITLE}\n{BODY}")
    assert cleaned.title == TITLE
    assert cleaned.body.startswith("Heavy rain")


def test_first_sentence_is_not_a_title():
    text = "Heavy rain fell on Sunday.\n\nThe river rose by two metres overnight, officials said."
    assert clean_text(text).title is None
    assert clean_text(text).body == text


def test_single_paragraph_has_no_title():
    assert split_title("Rebels seize border post").title is None


def test_long_first_line_is_not_a_title():
    first = " ".join(["word"] * 30)
    assert split_title(f"{first}\n\nBody sentence here.").title is None


def test_short_question_title_allowed():
    cleaned = clean_text("Will the Dolsk truce hold?\n\nNegotiators met again on Monday, officials said.")
    assert cleaned.title == "Will the Dolsk truce hold?"


def test_title_with_colon_end_is_not_title():
    assert split_title("The minister said:\n\n“We will rebuild the bridge.”").title is None


# --- tails: each must be cut, the body kept whole ------------------------------------------------

TAILS = {
    "blog_popular_posts": (
        "Popular posts from this blog\n\n"
        "How a power cut stalled the Lenhar port strike\n\n"
        "‘Not a clinic, a depot’: Army shows drone footage | Exclusive\n\n"
        "Former rebels and police play football to promote truce"
    ),
    "related_articles": (
        "Related articles\n"
        "Dam breach warnings ignored, engineers say\n"
        "Varnia governor visits flooded towns\n"
        "Opinion: Why valleys keep flooding"
    ),
    "newsletter": (
        "Sign up for our free daily newsletter and get the biggest stories of the day delivered to your "
        "inbox every morning."
    ),
    "cookie_notice": (
        "We use cookies to improve your experience on our website. By continuing to browse, you agree to "
        "our use of cookies.\nAccept all cookies"
    ),
    "comments": "Leave a comment\n\n3 comments\n\nDorin P.\nStay safe everyone!\n\nAna\nThoughts with Dolsk",
    "share_buttons": "Share this article\nFacebook Twitter WhatsApp Email",
    "copyright": "Copyright © 2024 Valley Courier Media. All rights reserved.",
    "blog_footer": (
        "Posted by Valley Watch at 9:14 AM\n"
        "Labels: floods, Varnia, weather\n"
        "Post a Comment\n"
        "Newer Post Older Post Home"
    ),
    "read_more_and_follow": "Read more:\nRivers in the north at record levels\n\nFollow us on Twitter",
    "advertisement": "Advertisement",
}


@pytest.mark.parametrize("name", sorted(TAILS))
def test_tail_is_removed(name):
    cleaned = clean_text(article(TAILS[name]))
    assert cleaned.title == TITLE
    assert cleaned.body == BODY, name
    assert cleaned.body.endswith(LAST_SENTENCE)


def test_tail_with_teaser_snippets_removed():
    tail = (
        "You may also like\n\n"
        "Drought talks collapse in Ostrel\n"
        "Delegates from the three river states left the meeting on Friday after a row over water quotas, "
        "and officials said a new round would be…\n\n"
        "Read more"
    )
    assert clean_text(article(tail)).body == BODY


# --- negatives: prose is never cut --------------------------------------------------------------

PROSE_ENDINGS = [
    ("Residents who subscribe to the municipal alert service said they received no warning before the "
     "water arrived, and several posted angry comments on the council's website."),
    ("Related talks between the two provinces on sharing flood defences are due to resume next month in "
     "Dolsk, the governor's office said."),
    ("The mayor declined to share further details, saying that all rights of residents to compensation "
     "would be respected once the damage had been assessed."),
    "More than 200 volunteers joined the clean-up on Monday.",
    "The group said it had warned members in its newsletter to sign up for evacuation alerts.",
]


@pytest.mark.parametrize("ending", PROSE_ENDINGS)
def test_prose_mentioning_marker_words_is_kept(ending):
    text = f"{TITLE}\n\n{BODY}\n{ending}"
    assert clean_text(text).body == f"{BODY}\n{ending}"


def test_marker_followed_by_prose_paragraph_is_not_a_tail():
    text = (
        f"{TITLE}\n\n{BODY}\n\nMore from the valley\n\n"
        "In the village of Tarn, farmers said the flood had destroyed most of this year's maize crop and "
        "that they had not yet been told whether the government would pay for the losses."
    )
    assert clean_text(text).body.endswith("pay for the losses.")
    assert "More from the valley" in clean_text(text).body


def test_first_line_never_cut():
    assert strip_boilerplate("Advertisement") == "Advertisement"


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Popular posts from this blog", True),
        ("Related coverage", True),
        ("12 comments", True),
        ("Comments (4)", True),
        ("Share on Facebook", True),
        ("Tags: floods, weather", True),
        ("We use cookies to personalise content and ads.", True),
        ("More than 200 people were killed.", False),
        ("Comments made by the minister angered the opposition.", False),
        ("Subscribers to the service were told to leave their homes on Sunday.", False),
    ],
)
def test_is_tail_marker(line, expected):
    assert is_tail_marker(line) is expected


# --- the seed article (shared data) -------------------------------------------------------------


@pytest.mark.shared
def test_seed_article_title_and_tail(shared_dir):
    raw = (shared_dir / "seed" / "idlib-truce.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert cleaned.title == "Russia rejects idea of truce with Syria’s rebels"
    assert "Popular posts from this blog" not in cleaned.body
    assert cleaned.body.endswith("is displaced.")
    assert "Hong Kong" not in cleaned.body
    assert "’" in cleaned.body and "“" in cleaned.body  # typographic quotes kept
