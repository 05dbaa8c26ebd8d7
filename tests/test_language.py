"""Offline language check (own example paragraphs)."""

from __future__ import annotations

import pytest

from dotterel.errors import NotEnglish
from dotterel.language import detect_language, ensure_english

ENGLISH = (
    "Officials in the northern province said on Monday that at least nine people were killed when a "
    "bridge collapsed near the town of Velmora after days of heavy rain."
)
ENGLISH_WITH_NAMES = (
    "Abdel Karim al-Mansour, Jean-Luc de la Fontaine and Juan Carlos de los Santos met Recep Ozdemir, "
    "Joost van der Berg and Giuseppe di Stefano in Porto Alegre, São Paulo and Den Haag on Tuesday, "
    "the ministry of Nueva Esperanza said in a statement."
)

OTHER = {
    "de": "Die Regierung hat am Montag angekündigt, dass die neuen Regeln für alle Bürger ab dem nächsten "
          "Jahr gelten werden, sagte ein Sprecher des Ministeriums.",
    "fr": "Le gouvernement a annoncé lundi que les nouvelles règles seront appliquées dans toutes les "
          "régions du pays à partir de la semaine prochaine.",
    "es": "El gobierno anunció el lunes que las nuevas normas se aplicarán en todas las regiones del país "
          "a partir de la próxima semana, según un portavoz.",
    "it": "Il governo ha annunciato lunedì che le nuove regole saranno applicate in tutte le regioni del "
          "paese a partire dalla prossima settimana.",
    "pt": "O governo anunciou na segunda-feira que as novas regras serão aplicadas em todas as regiões do "
          "país a partir da próxima semana, disse um porta-voz.",
    "nl": "De regering heeft maandag aangekondigd dat de nieuwe regels vanaf volgende week in alle "
          "provincies van het land zullen gelden.",
    "tr": "Hükümet pazartesi günü yeni kuralların gelecek haftadan itibaren ülkenin tüm bölgelerinde "
          "uygulanacağını açıkladı ve bu karar için bir toplantı yapıldı.",
    "id": "Pemerintah mengumumkan pada hari Senin bahwa aturan baru akan diterapkan di semua wilayah "
          "negara itu mulai minggu depan, kata seorang juru bicara.",
    "ru": "Правительство объявило в понедельник, что новые правила будут применяться во всех регионах.",
    "ar": "أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستطبق في جميع مناطق البلاد.",
    "zh": "政府周一宣布，新规定将从下周起在全国所有地区实施。",
    "ja": "政府は月曜日、新しい規則を来週から全国で適用すると発表した。",
    "el": "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι νέοι κανόνες θα ισχύσουν από την επόμενη εβδομάδα.",
    "he": "הממשלה הודיעה ביום שני כי הכללים החדשים ייכנסו לתוקף בשבוע הבא.",
    "hi": "सरकार ने सोमवार को घोषणा की कि नए नियम अगले सप्ताह से लागू होंगे।",
}


def test_english_prose():
    lang, confidence = detect_language(ENGLISH)
    assert lang == "en" and confidence > 0.5
    ensure_english(ENGLISH)


def test_english_with_many_foreign_names_stays_english():
    assert detect_language(ENGLISH_WITH_NAMES)[0] == "en"
    ensure_english(ENGLISH_WITH_NAMES)


@pytest.mark.parametrize("lang", sorted(OTHER))
def test_other_languages_detected(lang):
    assert detect_language(OTHER[lang])[0] == lang
    with pytest.raises(NotEnglish) as err:
        ensure_english(OTHER[lang])
    assert str(err.value) == f"not English (detected: {lang})"


def test_short_latin_text_passes_as_english():
    assert detect_language("Le gouvernement a dit non.") == ("en", 0.5)


def test_short_non_latin_text_is_not_english():
    assert detect_language("Москва заявила")[0] == "ru"


def test_english_quoting_a_short_foreign_phrase():
    text = (ENGLISH + " Protesters chanted “¡No pasarán!” and “Liberté, égalité” outside the embassy, "
            "police said, before the crowd moved to the parliament building.")
    assert detect_language(text)[0] == "en"


def test_no_letters_passes():
    assert detect_language("12 345 678 — 2020-02-25")[0] == "en"


def test_unprofiled_latin_language_is_undetermined():
    polish = (
        "Rząd ogłosił w poniedziałek, że nowe przepisy będą obowiązywać we wszystkich regionach kraju od "
        "przyszłego tygodnia. Rzecznik ministerstwa powiedział dziennikarzom, że kierowcy ciężarówek z "
        "żywnością i lekami zostaną przepuszczeni jako pierwsi, a kontrole na granicy potrwają jeszcze "
        "kilka dni, zanim ruch wróci do normy na wszystkich przejściach."
    )
    assert detect_language(polish)[0] == "und"
    with pytest.raises(NotEnglish, match=r"^not English \(detected: und\)$"):
        ensure_english(polish)


def test_english_table_of_names_stays_english():
    rows = "\n".join(f"| 2023-06-{d:02d} | ${d * 100} | Ana Marin {d} | Dolsk Holdings LLC |" for d in range(1, 25))
    text = "The following table lists donations to the campaign.\n" + rows
    assert detect_language(text)[0] == "en"
