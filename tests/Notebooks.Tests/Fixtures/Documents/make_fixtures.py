"""Writes the Jupyter-written fixtures with Jupyter's own writer (Debian's python3-nbformat).

Run from this folder: /usr/bin/python3 make_fixtures.py. The C# writer must reproduce these files byte for byte.
"""
import copy
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell, new_output

POLYGLOT = {"kernelName": "csharp"}


def code(source, cell_id, tags=None):
    metadata = {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": dict(POLYGLOT)}
    if tags:
        metadata["tags"] = tags
    return new_code_cell(source, id=cell_id, metadata=metadata)


clean = new_notebook(
    metadata={
        "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
        "language_info": {"name": "polyglot-notebook"},
        "polyglot_notebook": {
            "kernelInfo": {
                "defaultKernelName": "csharp",
                "items": [{"aliases": [], "languageName": "csharp", "name": "csharp"}],
            }
        },
        "training_notebooks": {"learning_rate": 1.0, "tiny": 1e-05, "order": ["z", "a"]},
    },
    cells=[
        new_markdown_cell("# Régression linéaire — 線形回帰 🚀\n\nA *tiny* model.", id="intro"),
        code("int epochs = 3;\ndouble learningRate = 0.1;\nstring name = \"sgd\";", "params", ["parameters"]),
        code("var xs = new[] { 1.0, 2.0 };\nConsole.WriteLine(xs.Length);\nxs", "run"),
        code("display(\"<b>hi</b\");\n", "show"),
        code("throw new Exception(\"boom\\tTab\");", "fail"),
        new_raw_cell("raw \u0001 text\r\nwith CRLF", id="raw-1"),
    ],
)
clean.nbformat_minor = 5
nbformat.write(clean, "clean-polyglot.ipynb")

executed = copy.deepcopy(clean)
run, show, fail = executed.cells[2], executed.cells[3], executed.cells[4]
executed.cells[1].execution_count = 1
run.execution_count = 2
run.outputs = [
    new_output("stream", name="stdout", text="2\n"),
    new_output("execute_result", execution_count=2,
               data={"text/plain": "double[2] { 1, 2 }", "text/html": "<table>\n<tr><td>1</td></tr>\n</table>"}),
]
show.execution_count = 3
show.outputs = [
    new_output("display_data", data={
        "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "application/json": {"loss": [0.5, 0.25], "note": "ü"},
        "application/vnd.plotly.v1+json": {"data": []},
        "text/plain": "<b>hi</b>",
    }, metadata={"image/png": {"width": 1, "height": 1}}),
]
fail.execution_count = 4
fail.outputs = [
    new_output("error", ename="System.Exception", evalue="boom\tTab",
               traceback=["System.Exception: boom", "   at Submission#4.<<Initialize>>d__0.MoveNext()"]),
]
nbformat.write(executed, "executed-polyglot.ipynb")
