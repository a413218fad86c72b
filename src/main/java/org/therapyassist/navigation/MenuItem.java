package org.therapyassist.navigation;

/**
 * One entry of the menu.
 *
 * @param key
 *            what a page names as its place in the menu ({@code active} in {@code fragments/page})
 * @param label
 *            the words shown
 * @param href
 *            the page it opens, within the application
 */
public record MenuItem(String key, String label, String href) {
}
