import type { Task } from "./schema";

/** A task is overdue when its deadline (YYYY-MM-DD) has passed and it is not done. */
export function isOverdue(task: Pick<Task, "deadline" | "status">, today: string): boolean {
  return task.status !== "done" && task.deadline !== null && task.deadline < today;
}
