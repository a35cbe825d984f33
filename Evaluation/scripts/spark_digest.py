"""docs/distributed.md's Spark example, run in Spark local mode by spark_digest.sh.

    python spark_digest.py CLUSTERS.jsonl OUTPUT_DIR "PRECIS digest --jsonl --words 100"

Reads one cluster per line, pipes every partition through precis (RDD.pipe), counts the error
records and writes the digests as text files (one JSON line per cluster) into OUTPUT_DIR.
"""
import json
import sys
import time

from pyspark.sql import SparkSession

clusters_path, output_dir, command = sys.argv[1], sys.argv[2], sys.argv[3]
partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4

spark = SparkSession.builder.appName("precis-digests").master("local[*]").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
started = time.time()
clusters = spark.sparkContext.textFile(clusters_path, minPartitions=partitions)  # one cluster per line
digests = clusters.pipe(command)  # precis's own lines, byte for byte
digests.cache()
failed = digests.filter(lambda line: "error" in json.loads(line)).count()
digests.filter(lambda line: "digest" in json.loads(line)).saveAsTextFile(output_dir)
print(f"spark: {clusters.getNumPartitions()} partitions, {digests.count()} lines, {failed} errors, "
      f"{time.time() - started:.1f} s (after Spark start)", file=sys.stderr)
spark.stop()
