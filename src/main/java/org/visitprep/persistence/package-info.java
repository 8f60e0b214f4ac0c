/**
 * JPA plumbing shared by the features' repositories: attribute converters and the persistence unit's name.
 * Entities and their repositories live with their feature, not here.
 */
package org.visitprep.persistence;
