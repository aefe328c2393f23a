"""The hybrid logical clock's bulk stamps are the ones single stamps would be."""
from hypothesis import given, strategies as st

from desktop.core.hlc import HybridLogicalClock


@given(start_counter=st.integers(0, 9999), count=st.integers(0, 25000),
       then=st.integers(0, 3))
def test_many_equals_consecutive_now_in_one_millisecond(start_counter, count, then):
    wall = lambda: 1_700_000_000_000  # noqa: E731 - a stopped clock
    bulk = HybridLogicalClock("r1", wall=wall)
    single = HybridLogicalClock("r1", wall=wall)
    seed = f"1700000000000-{start_counter:04d}-r0"
    bulk.observe(seed)
    single.observe(seed)
    stamps = bulk.many(count)
    assert stamps == [single.now() for _ in range(count)]
    assert len(set(stamps)) == count and stamps == sorted(stamps)
    # and the clock goes on from where the batch ended
    assert [bulk.now() for _ in range(then)] == [single.now() for _ in range(then)]
