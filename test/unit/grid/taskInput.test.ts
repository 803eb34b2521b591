import { describe, expect, it } from "vitest";
import { newTask, readDeadline, taskRows, writeTask } from "../../../src/grid/taskInput";
import { translator } from "../../../src/i18n/translator";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";

const task = bacLieu2021.tasks[0]!;

describe("the task sheet's cells", () => {
  it.each([
    ["31/12/2025", "2025-12-31"],
    ["1/7/2026", "2026-07-01"],
    ["01-07-2026", "2026-07-01"],
    ["2026-07-01", "2026-07-01"],
    ["", null],
  ])("reads the deadline %s", (text, iso) => {
    expect(readDeadline(text)).toEqual({ ok: true, value: iso });
  });

  it.each(["31/13/2025", "30/2/2025", "next year", "2025"])("refuses the deadline %s", (text) => {
    expect(readDeadline(text)).toEqual({ ok: false });
  });

  it("writes a field as an edit, refuses an empty task and does nothing when unchanged", () => {
    expect(writeTask(task, "deadline", "31/12/2025")).toEqual({
      ok: true,
      edit: { type: "updateTask", taskId: task.id, patch: { deadline: "2025-12-31" } },
    });
    expect(writeTask(task, "title", "  ")).toEqual({
      ok: false,
      problem: { key: "task.problem.titleRequired" },
    });
    expect(writeTask(task, "title", task.title)).toEqual({ ok: true, edit: null });
    expect(writeTask(task, "status", "done")).toMatchObject({
      ok: true,
      edit: { patch: { status: "done" } },
    });
    expect(writeTask(task, "status", "finished")).toMatchObject({ ok: false });
    expect(writeTask(task, "agency", "x".repeat(501))).toEqual({
      ok: false,
      problem: { key: "grid.problem.tooLong", params: { max: 500 } },
    });
  });

  it("marks a task past its deadline and not done as overdue, dates in the reader's language", () => {
    const tasks = [
      { ...task, deadline: "2022-12-31", status: "inProgress" as const },
      { ...task, id: "b", deadline: "2022-12-31", status: "done" as const },
    ];
    const vi = taskRows(tasks, "2026-01-01", "vi", translator("vi"));
    expect(vi.map((r) => r.overdue)).toEqual([true, false]);
    expect(vi[0]).toMatchObject({
      deadline: "31/12/2022",
      deadlineEdit: "31/12/2022",
      statusText: "Đang thực hiện",
    });
    expect(taskRows(tasks, "2026-01-01", "en", translator("en"))[0]?.deadline).toBe("31 Dec 2022");
  });

  it("numbers a new task after the last one", () => {
    expect(newTask(bacLieu2021.tasks, "n", "Nhiệm vụ mới")).toMatchObject({
      code: "19",
      title: "Nhiệm vụ mới",
    });
  });
});
