"""Reading an HTML form the way a browser would submit it, for tests that post pages back."""

from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The name/value pairs a browser submits for the form with the given id."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields, self._textarea = form_id, False, {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or not attrs.get("name"):
            return
        if tag == "input" and attrs.get("type") not in ("submit", "file", "checkbox"):
            self.fields[attrs["name"]] = attrs.get("value") or ""
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.fields[self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            self.fields[self._textarea] = self.fields[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "form":
            self.inside = False


def form_fields(html: str, form_id: str = "resume-form") -> dict:
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields
