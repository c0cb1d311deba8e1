"""The incident page in Chromium: competing tolls and the denial side by side, right to left; an
editor splits a claim out of the incident."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from claims.ingestion import Record
from claims.services import article_ingest
from incidents.models import Incident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DAY = datetime(2019, 7, 23, 9, tzinfo=UTC)
REPORTS = {
    "المرصد": "قال المرصد السوري لحقوق الإنسان إن 27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان أمس.",
    "سانا": "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوق معرة النعمان أمس.",
    "عنب بلدي": "وأفاد الدفاع المدني بأن 20 مدنياً على الأقل قتلوا في غارات على سوق معرة النعمان بريف إدلب أمس.",
}


@pytest.fixture
def strike():
    call_command("loadsources", verbosity=0)
    for publisher, text in REPORTS.items():
        article_ingest(record=Record(body=text, origin=publisher, publisher=publisher, published_at=DAY))
    return Incident.objects.get(place_name="معرة النعمان")


def test_an_editor_reads_the_incident_and_splits_the_denial_out(live_server, page, login, shoot, strike):
    login("editor", "editor")
    page.goto(f"{live_server.url}/incidents/")
    page.click(f"a[href='/incidents/{strike.pk}/']")
    assert page.locator("html").get_attribute("dir") == "rtl"
    rows = page.locator("section[aria-labelledby=figures-title] tbody tr")
    cells = [[rows.nth(i).locator("td").nth(j).inner_text() for j in (0, 1, 4)] for i in range(rows.count())]
    assert [(toll, figure.split()[0], publisher) for toll, figure, publisher in cells] == [
        ("قتلى", "20", "عنب بلدي"),
        ("قتلى", "27", "المرصد"),
        ("ينفي وقوعها", "تكون", "سانا"),
    ]
    shoot("incident")
    page.check("input[name=claim] >> nth=1")
    page.click("text=انقل الادعاءات المحددة إلى حادثة جديدة")
    page.wait_for_url(f"{live_server.url}/incidents/*/")
    assert page.locator(".timeline li").count() == 1
