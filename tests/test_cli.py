import json
import os

from click.testing import CliRunner

from marsad.cli import cli

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, full + " ")
        else:
            yield full, cmd


def test_every_command_has_help_with_example_and_is_in_readme():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    runner = CliRunner()
    for name, _ in _commands(cli):
        result = runner.invoke(cli, name.split() + ["--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"'marsad {name} --help' has no example"
        assert f"marsad {name}" in readme, f"'marsad {name}' is not documented in README.md"


def test_extract_reports_bad_lines_and_processes_the_rest(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([json.dumps({"id": "a", "text": "اعتقلت الشرطة ثلاثة أشخاص"}, ensure_ascii=False),
                            "{broken", json.dumps({"id": "b", "text": "تظاهر المئات في صنعاء"}, ensure_ascii=False)]),
                 encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(p), "-o", str(out), "--stages", "normalize,tokenize"])
    assert result.exit_code == 1
    assert f"{p}:2" in result.output and "[E104]" in result.output
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "b"]


def test_bad_published_date_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "tomorrow"], input="حلب")
    assert result.exit_code == 2 and "--published" in result.output


def _explode_on(monkeypatch, marker):
    """Make the events stage fail (as a bug would) on articles holding ``marker``."""
    from marsad.events import extract as X

    real = X.EventExtractor.__call__

    def call(self, doc):
        if marker in doc.raw:
            raise IndexError("list index out of range")
        return real(self, doc)

    monkeypatch.setattr(X.EventExtractor, "__call__", call)


def _three_articles(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "اعتقلت الشرطة ثلاثة أشخاص في عدن أمس", "published": "2015-08-01"},
            {"id": "b", "text": "قصفت الطائرات بلدة كفرنبل (سطر يكسر المستخرج)", "published": "2015-08-01"},
            {"id": "c", "text": "تظاهر المئات في صنعاء ضد الحوثيين", "published": "2015-08-01"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return p


def test_an_article_the_pipeline_fails_on_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    _explode_on(monkeypatch, "يكسر المستخرج")
    p = _three_articles(tmp_path)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(p), "-o", str(out)])
    assert result.exit_code == 1
    assert "[E110] b:" in result.output and "IndexError" in result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]


def test_ingest_stores_the_others_when_the_pipeline_fails_on_one(tmp_path, monkeypatch):
    from marsad.store import Store

    _explode_on(monkeypatch, "يكسر المستخرج")
    p = _three_articles(tmp_path)
    db = tmp_path / "m.db"
    result = CliRunner().invoke(cli, ["ingest", str(p), "--db", str(db)])
    assert result.exit_code == 1 and "[E110] b:" in result.output
    store = Store(str(db))
    assert store.counts()["articles"] == 2
    stored = {row[0] for row in store.db.execute("SELECT input_id FROM articles")}
    assert stored == {"a", "c"}
    # once the bug is gone, the same command stores the article it left out, and only that one
    monkeypatch.undo()
    result = CliRunner().invoke(cli, ["ingest", str(p), "--db", str(db)])
    assert result.exit_code == 0 and Store(str(db)).counts()["articles"] == 3
