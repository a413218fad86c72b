/**
 * Navigation: the menu across the top of every page, built on the server from who is signed in. Each item is shown
 * on the rule that guards the page it opens, asked of the module that declares it (a policy command, the access
 * rule, a module's own rule); templates only draw the items. It sits above the feature modules so that the platform,
 * which owns the page frame, depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Navigation")
package org.therapyassist.navigation;
