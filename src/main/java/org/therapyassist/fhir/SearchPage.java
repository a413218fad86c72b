package org.therapyassist.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.therapyassist.platform.PageRequest;

/**
 * The page of a search a client asked for with {@code _count} (default 20; more than 50 is read as 50, since FHIR
 * makes {@code _count} a hint) and {@code _offset} (from 0, a multiple of the count: the next and previous links the
 * server writes always are). The answer carries {@code total} and {@code next}/{@code previous} links with
 * {@code _offset}; no search result is kept on the server between pages.
 */
record SearchPage(int offset, int count) {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = UkCore.MAX_RESULTS;
    /** The most a search lists before paging when its source cannot page (a merge of two lists): more is too costly. */
    static final int MAX_LISTED = PageRequest.MAX_SIZE;

    static SearchPage of(Integer count, Integer offset) {
        if (count != null && count < 0) {
            throw FhirRefusals.invalid("'_count' must be 0 or more.");
        }
        int size = count == null ? DEFAULT_COUNT : Math.min(count, MAX_COUNT);
        int from = offset == null ? 0 : offset;
        if (from < 0 || from > PageRequest.MAX_PAGE) {
            throw FhirRefusals.invalid("'_offset' must be a whole number from 0 to " + PageRequest.MAX_PAGE + ".");
        }
        if (from > 0 && (size == 0 || from % size != 0)) {
            throw FhirRefusals.invalid("'_offset' must be a multiple of '_count' (" + size + "): follow the bundle's "
                    + "next link.");
        }
        return new SearchPage(from, size);
    }

    /** The same page as the REST API's page request; {@code _count=0} (the total alone) reads one row. */
    PageRequest request() {
        int size = Math.max(count, 1);
        return new PageRequest(offset / size, size);
    }

    /** This page of a list already read whole (at most {@link #MAX_LISTED}, else refused as too costly). */
    IBundleProvider slice(List<? extends IBaseResource> all, String what) {
        return answer(window(all, what), all.size());
    }

    /** The part of a list read whole that this page shows (mapped to resources by the caller, page only). */
    <T> List<T> window(List<T> all, String what) {
        if (all.size() > MAX_LISTED) {
            throw FhirRefusals.tooMany(what);
        }
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + count));
    }

    /** A page read from the database, and how many there are in all. */
    IBundleProvider answer(List<? extends IBaseResource> items, long total) {
        List<? extends IBaseResource> shown = count == 0 ? List.of() : items;
        return new Paged(shown, (int) Math.min(total, Integer.MAX_VALUE), offset, count);
    }

    /** HAPI writes offset links for a provider that says where it is; next and previous say whether they exist. */
    private static final class Paged extends SimpleBundleProvider {

        private final int total;

        Paged(List<? extends IBaseResource> items, int total, int offset, int count) {
            super(items);
            this.total = total;
            setSize(total);
            setCurrentPageOffset(offset);
            setCurrentPageSize(count);
        }

        @Override
        public String getNextPageId() {
            return getCurrentPageSize() > 0 && getCurrentPageOffset() + getCurrentPageSize() < total ? "next" : null;
        }

        @Override
        public String getPreviousPageId() {
            return getCurrentPageOffset() > 0 ? "previous" : null;
        }
    }
}
