// Task 1 of the "fail" execution will find a plain file where its member directory must go, so it
// fails on the compute node at run time (as a full or read-only file system would), after the build
// checked the configuration and submitted the array.
def blocked = new File(basedir, 'target/nml/slurm/fail/members/member-1')
blocked.parentFile.mkdirs()
blocked.text = 'not a directory\n'
return true
