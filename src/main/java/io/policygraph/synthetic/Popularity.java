package io.policygraph.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A Zipf-like choice among items ranked by popularity: the item of rank {@code r} (from
 * 0) is drawn with weight {@code 1 / (r + 1)^exponent}, so the first few are drawn in
 * most entries and the long tail now and then.
 *
 * @param <T> the kind of item
 */
final class Popularity<T> {

	private final List<T> items;

	private final double[] cumulative;

	/**
	 * @param items the items, most popular first; not empty
	 * @param exponent the skew: 0 is uniform, 1 is classic Zipf
	 */
	Popularity(List<T> items, double exponent) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("Nothing to choose from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new double[items.size()];
		double sum = 0;
		for (int rank = 0; rank < items.size(); rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
	}

	/** One item, drawn with its weight. */
	T pick(SplittableRandom random) {
		double target = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int low = 0;
		int high = this.cumulative.length - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulative[middle] < target) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return this.items.get(low);
	}

	List<T> items() {
		return this.items;
	}

}
