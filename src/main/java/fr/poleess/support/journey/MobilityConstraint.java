package fr.poleess.support.journey;

/** What makes travelling hard for the participant; decides where and how to meet. */
public enum MobilityConstraint {
    NO_CAR, NO_LICENCE, PUBLIC_TRANSPORT_ONLY, REDUCED_MOBILITY
}
