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
