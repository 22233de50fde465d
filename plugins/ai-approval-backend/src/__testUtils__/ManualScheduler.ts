import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';

type Task = SchedulerServiceTaskInvocationDefinition &
  SchedulerServiceTaskScheduleDefinition;

/**
 * A scheduler that runs nothing by itself: tests run a scheduled task when
 * they want and see it fail, and can cancel it while it runs, as an
 * operator would.
 */
export class ManualScheduler implements SchedulerService {
  private readonly tasks = new Map<string, Task>();
  private readonly running = new Map<string, AbortController>();

  /** The scheduler as a service for `startTestBackend`. */
  factory() {
    return createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => this,
    });
  }

  /** Runs a scheduled task now and resolves (or rejects) when it ends. */
  async run(id: string): Promise<void> {
    const task = this.tasks.get(id);
    if (!task) {
      throw new NotFoundError(`Task ${id} was not scheduled`);
    }
    const controller = new AbortController();
    this.running.set(id, controller);
    try {
      await task.fn(controller.signal);
    } finally {
      this.running.delete(id);
    }
  }

  async scheduleTask(task: Task): Promise<void> {
    this.tasks.set(task.id, task);
  }

  async triggerTask(id: string): Promise<void> {
    await this.run(id);
  }

  async cancelTask(id: string): Promise<void> {
    this.running.get(id)?.abort(new Error(`Task ${id} was cancelled`));
  }

  async getScheduledTasks() {
    return [...this.tasks.values()].map(t => ({
      id: t.id,
      scope: t.scope ?? ('global' as const),
      settings: { version: 1 },
    }));
  }

  createScheduledTaskRunner(schedule: SchedulerServiceTaskScheduleDefinition) {
    return {
      run: (task: SchedulerServiceTaskInvocationDefinition) =>
        this.scheduleTask({ ...task, ...schedule }),
    };
  }
}
