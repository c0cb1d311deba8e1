"""Queueing the next stage of an article. Publishing may fail (broker down): the article then
stays in its current status, which ``manage.py reprocess`` picks up later, so nothing is lost."""

from __future__ import annotations

import logging
import time

from kombu.exceptions import KombuError
from kombu.exceptions import OperationalError as BrokerError

logger = logging.getLogger(__name__)
PUBLISH_ERRORS = (BrokerError, KombuError, ConnectionError, OSError)
# After a failed publish, skip the broker for a moment: a batch of 10,000 articles must not wait
# for 10,000 connection time-outs while it is down.
BACKOFF_SECONDS = 5.0
_broker_down_until = 0.0


def enqueue(task, *args) -> bool:
    global _broker_down_until
    if time.monotonic() < _broker_down_until:
        return False
    try:
        task.delay(*args)
    except PUBLISH_ERRORS as error:
        _broker_down_until = time.monotonic() + BACKOFF_SECONDS
        logger.warning("could not queue %s%r: %s", task.name, args, error)
        return False
    return True
