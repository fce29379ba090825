def log = new File(basedir, 'build.log').text
def message = "nml:dataset count gate failed: count of set 'test': expected 74, found 73"
assert log.contains(message) : "the log does not name the set, expected and found count: expected \"${message}\""
assert !new File(basedir, 'target/nml/dataset/nuclei.csv').exists() : 'a data set that missed its gate was written'
assert !new File(basedir, 'target/nml/dataset/nml-step.json').exists()
