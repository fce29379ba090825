/**
 * Running a step's independent pieces (generation shards, mass models, ensemble members) as a Slurm job array
 * plus a merge job, instead of on this machine: batch scripts that call the runtime jar on the
 * compute nodes (no Maven, no network there), submission with {@code sbatch --parsable}, waiting
 * with progress, failures named by task and log, and resubmission of only the missing pieces.
 *
 * <p>The engine never changes what a piece computes: a task runs exactly the command a local shard
 * would, so the merged outputs are byte-identical to a local run whatever the shard count, the array
 * throttle or the CPUs per task.
 *
 * <p>{@link org.nucleiml.cluster.Engine} is the one engine setting the goals and commands map onto;
 * {@link org.nucleiml.cluster.ArrayJob#ofCli} builds a job whose tasks and merge run the CLI;
 * {@link org.nucleiml.cluster.MemberOutputs} keeps the outputs of independent members (one model or
 * network per task) with completion markers, so a merge joins only members that are complete and
 * intact and a re-run submits only the others.
 */
package org.nucleiml.cluster;
