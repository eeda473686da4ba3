package io.policygraph.importer.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The monitoring period of a report ({@code 本监测期内（2018 年 10 月 16 日-2018 年 11 月 15 日）}),
 * which gives the year of the dates the report prints without one.
 */
record MonitoringPeriod(LocalDate start, LocalDate end) {

	/**
	 * The date of a printed month and day: the one in the period, or, for a date printed
	 * just outside it, the nearest to it. A period from December to January thus puts 12
	 * 月 20 日 in the first year and 1 月 5 日 in the second.
	 * @throws DateTimeException when no year makes a valid date of it (2 月 30 日)
	 */
	LocalDate dateOf(int month, int day) {
		LocalDate best = null;
		long bestDistance = Long.MAX_VALUE;
		for (int year = start.getYear() - 1; year <= end.getYear() + 1; year++) {
			LocalDate candidate;
			try {
				candidate = LocalDate.of(year, month, day);
			}
			catch (DateTimeException notThisYear) {
				continue;
			}
			long distance = distanceTo(candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (best == null) {
			throw new DateTimeException("no valid date " + month + "-" + day);
		}
		return best;
	}

	/** A date whose year may be printed ({@code null} when not). */
	LocalDate dateOf(Integer year, int month, int day) {
		return (year != null) ? LocalDate.of(year, month, day) : dateOf(month, day);
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}

	/** The warning for a date outside the period, or {@code null}. */
	String outside(LocalDate date) {
		return contains(date) ? null : "date " + date + " outside the monitoring period (" + this + ")";
	}

	private long distanceTo(LocalDate date) {
		if (date.isBefore(start)) {
			return ChronoUnit.DAYS.between(date, start);
		}
		if (date.isAfter(end)) {
			return ChronoUnit.DAYS.between(end, date);
		}
		return 0;
	}

	@Override
	public String toString() {
		return start + " to " + end;
	}

}
