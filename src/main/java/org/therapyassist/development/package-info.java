/**
 * Development: personal development plans (objectives and reviews), protected learning time, supervision and thanks,
 * and the pages that bring a person's development together (the staff profile and "my development").
 */
package org.therapyassist.development;
