#!/bin/sh
# Every topic of org.carepath.platform.events.Topics and its dead-letter topic, as deploy/k8s creates them with
# Strimzi, but one copy each (one broker). Safe to run again.
set -eu
for topic in carepath.intake.events.v1 carepath.scheduling.events.v1 carepath.outcomes.events.v1 \
             carepath.analytics.outcomes.v1; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic" --partitions 12 --replication-factor 1
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic.dlq" --partitions 3 --replication-factor 1
done
