/**
 * A visit summary as pages show it, to the patient who wrote it and to the clinicians it is shared with: view models
 * that hold no entity, the cited record entries described for a person, and the base of the beans whose sentences
 * open their sources. Nothing here decides who may read what: the beans that extend it do, through the core.
 */
package org.visitprep.web.summary;
